/**
 * Sign-in and roles: accounts with modern password hashes, organizers per camp
 * ({@link org.campfair.shared.security.CampAccess}), participants and hosts linked by one-time
 * invitation links, personal API tokens (or HTTP Basic) for the API and actuator, form login
 * for the UI, sign-in throttling for all of them, refusal of cross-site API changes, security
 * headers, and the refusal of the default profile's demo accounts in production.
 */
@NamedInterface("security")
@NullMarked
package org.campfair.shared.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
