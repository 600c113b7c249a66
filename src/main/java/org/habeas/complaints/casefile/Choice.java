package org.habeas.complaints.casefile;

/** One option of a select: the value sent and the label shown. */
public record Choice(String value, String label) {}
