/** The plan editor, the client's own plan page; downstream modules link to them by their class. */
@org.springframework.modulith.NamedInterface("ui")
package org.holdfast.plans.ui;
