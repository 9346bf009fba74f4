/**
 * Sign-in and roles: accounts with modern password hashes, HTTP Basic for the API and
 * actuator, form login for the UI, and the demo accounts of the default profile.
 */
@NullMarked
package org.campfair.shared.security;

import org.jspecify.annotations.NullMarked;
