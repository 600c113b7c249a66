package org.habeas.statistics.readmodel;

/**
 * An administrator asked for the read model to be rebuilt from the custody records: published by
 * the page, carried out on the projection's own thread so the request returns at once.
 *
 * @param by the administrator's user name
 */
public record RebuildRequested(String by) {}
