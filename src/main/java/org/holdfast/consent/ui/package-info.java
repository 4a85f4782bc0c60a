/** The client's sharing screen; other modules' client pages link to it by its class. */
@org.springframework.modulith.NamedInterface("ui")
package org.holdfast.consent.ui;
