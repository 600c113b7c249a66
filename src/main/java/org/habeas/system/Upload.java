package org.habeas.system;

/**
 * A file as a user sent it (evidence, an injury photo, a complaint's document): its name as given
 * and its bytes, to be checked by content ({@link UploadedContent}) before anything keeps it.
 */
public record Upload(String filename, byte[] bytes) {

  public Upload {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** Whether nothing was sent (a form's file field left empty). */
  public boolean empty() {
    return bytes.length == 0;
  }
}
