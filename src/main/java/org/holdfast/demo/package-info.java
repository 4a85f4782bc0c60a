/**
 * The invented demo practice loaded into an empty database (default H2 set-up, or the demo
 * profile). Every name and story in it is made up. Writes through SQL so that it needs no
 * module's internals; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared" })
package org.holdfast.demo;
