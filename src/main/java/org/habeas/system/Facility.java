package org.habeas.system;

import java.time.ZoneId;

/**
 * A place where people are held or brought: a police department, a temporary detention facility, a
 * custody suite. Its zone counts "night" and "per day" for the safeguards.
 */
public record Facility(
    String id, String name, String kind, String regionCode, ZoneId zone, String jurisdiction) {}
