/**
 * The safeguards as people use them: the obligations API, the record page's panel, the profile
 * administration pages and the facility compliance view.
 */
@NullMarked
package org.habeas.safeguards.web;

import org.jspecify.annotations.NullMarked;
