/** The report button and the pages that offer the reports; other modules' views may use the button. */
@org.springframework.modulith.NamedInterface("ui")
package org.holdfast.reports.ui;
