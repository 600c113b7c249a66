package org.habeas.monitoring.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.habeas.system.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The evidence files of a form (finding, progress report) as uploads; empty file fields skipped.
 */
final class FormUploads {

  private FormUploads() {}

  static List<Upload> of(@Nullable List<MultipartFile> files) throws IOException {
    var uploads = new ArrayList<Upload>();
    if (files != null) {
      for (var f : files) {
        if (!f.isEmpty()) {
          var name = f.getOriginalFilename();
          uploads.add(new Upload(name == null ? "evidence" : name, f.getBytes()));
        }
      }
    }
    return uploads;
  }
}
