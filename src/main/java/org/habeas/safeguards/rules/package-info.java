/**
 * How each kind of rule is judged against a record: one policy per kind, all pure, reached only
 * through {@link org.habeas.safeguards.SafeguardEngine}.
 */
@NullMarked
package org.habeas.safeguards.rules;

import org.jspecify.annotations.NullMarked;
