package org.holdfast.security.ui;

import java.time.ZoneId;

import org.holdfast.security.SignInHistory;
import org.holdfast.security.SignInRecord;
import org.holdfast.shared.Dates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** Recent sign-ins and failed attempts on this account, so that a person notices one that was not theirs. */
class RecentSignInsSection extends Section {

    static final int SHOWN = 20;
    final Grid<SignInRecord> grid = new Grid<>();

    RecentSignInsSection(SignInHistory history, ZoneId zone) {
        addClassName("security-recent-sign-ins");
        grid.addColumn(r -> Dates.weekdayDateTime(r.at(), zone)).setHeader("When").setAutoWidth(true);
        grid.addColumn(r -> r.outcome().words()).setHeader("What happened").setAutoWidth(true);
        grid.addColumn(SignInRecord::browser).setHeader("Browser").setAutoWidth(true);
        grid.addColumn(SignInRecord::place).setHeader("Network").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.NO_BORDER, GridVariant.WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(history.recent(SHOWN));
        add(new H3("Recent sign-ins"), new Paragraph("The last " + SHOWN + " sign-ins and failed attempts on your "
                + "account. If one was not you, sign out your other devices and change your password."), grid);
    }
}
