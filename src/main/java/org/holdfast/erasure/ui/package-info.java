/** The practice manager's retention and erasure page, and the client's request, which their My data page shows. */
@org.springframework.modulith.NamedInterface("ui")
package org.holdfast.erasure.ui;
