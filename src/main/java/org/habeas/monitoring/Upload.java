package org.habeas.monitoring;

/** A file a user sends as evidence: its name as given and its bytes (checked by content later). */
public record Upload(String fileName, byte[] bytes) {

  public Upload {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public boolean empty() {
    return bytes.length == 0;
  }
}
