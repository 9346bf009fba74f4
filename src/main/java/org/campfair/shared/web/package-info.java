/**
 * Web answers shared by every feature: while PostgreSQL is away, requests get a short 503
 * with Retry-After (a JSON problem under /api, plain text elsewhere) instead of a 500, and
 * service returns by itself when the database does.
 */
@NamedInterface("web")
@NullMarked
package org.campfair.shared.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
