/**
 * Reading profile documents: YAML composed to a node tree (never to objects), checked key by key,
 * every problem reported at its line and column; reached only through {@link
 * org.habeas.safeguards.ProfileReader}.
 */
@NullMarked
package org.habeas.safeguards.yaml;

import org.jspecify.annotations.NullMarked;
