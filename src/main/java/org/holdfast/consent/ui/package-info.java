/** The client's sharing screen. */
package org.holdfast.consent.ui;
