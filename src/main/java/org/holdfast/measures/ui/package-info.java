/** The client's questionnaire page and Today panel, and the clinician's Measures tab of the client record. */
@org.springframework.modulith.NamedInterface("ui")
package org.holdfast.measures.ui;
