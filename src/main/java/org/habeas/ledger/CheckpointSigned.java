package org.habeas.ledger;

/**
 * Published after the log signed and stored a new checkpoint, for whoever passes checkpoints on,
 * such as the witness client.
 *
 * @param treeSize the checkpoint's tree size
 * @param note the signed note, checkpoint text and the log's signature line
 */
public record CheckpointSigned(long treeSize, String note) {}
