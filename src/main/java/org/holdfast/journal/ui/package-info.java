/** The client's journal pages and the clinician's journal tab; downstream modules link to them by their class. */
@org.springframework.modulith.NamedInterface("ui")
package org.holdfast.journal.ui;
