/** The client's safety page and urge support page, and the "I don't feel safe" link for other client pages. */
@org.springframework.modulith.NamedInterface("ui")
package org.holdfast.safety.ui;
