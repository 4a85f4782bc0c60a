/** Widgets other modules' views may use to present a client record consistently. */
@org.springframework.modulith.NamedInterface("ui")
package org.holdfast.clients.ui;
