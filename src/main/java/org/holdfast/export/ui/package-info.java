/** The client's "My data" page and the clinician's export page on a client's record. */
package org.holdfast.export.ui;
