/** The client's "who has looked" page and the practice manager's audit log. */
package org.holdfast.audit.ui;
