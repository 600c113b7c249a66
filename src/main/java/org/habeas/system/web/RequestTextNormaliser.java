package org.habeas.system.web;

import java.beans.PropertyEditorSupport;
import org.habeas.system.PlainText;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text a controller takes as a {@code String} parameter (a search, a reason, a header) arrives in
 * Unicode NFC, as JSON text does ({@link JsonInput}), so that what is searched for matches what was
 * stored. (Refusing control characters is {@link RequestTextGuard}'s, before this runs.)
 */
@ControllerAdvice
class RequestTextNormaliser {

  @InitBinder
  void normalise(WebDataBinder binder) {
    binder.registerCustomEditor(
        String.class,
        new PropertyEditorSupport() {
          @Override
          public void setAsText(String text) {
            setValue(PlainText.normalised(text));
          }
        });
  }
}
