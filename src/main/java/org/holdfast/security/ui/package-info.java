/** Sign-in pages, and the step-up dialog that other modules' pages open before a sensitive act. */
@org.springframework.modulith.NamedInterface("ui")
package org.holdfast.security.ui;
