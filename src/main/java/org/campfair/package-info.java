/**
 * Campfair: fair rosters for volunteer work camps in rural villages. Each direct sub-
 * package is one feature, a Spring Modulith application module: others use its top package
 * (and named interfaces, if it declares any), never its sub-packages, and no two features
 * depend on each other both ways. {@code shared} holds what all of them use and imports none
 * of them. ModulesTest verifies this and writes docs/modules.
 */
@NullMarked
package org.campfair;

import org.jspecify.annotations.NullMarked;
