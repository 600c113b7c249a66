package org.habeas.custody;

/**
 * Published, inside the erasing transaction, when a record is lawfully erased: modules that keep
 * figures derived from it (statistics) drop them, without reaching into custody's tables.
 *
 * @param recordId the erased record
 */
public record CustodyRecordErased(String recordId) {}
