package org.holdfast.shell;

import java.util.List;
import java.util.Optional;

import org.jsoup.Jsoup;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;

/** The menu the layout rendered as the side nav's markup: each item's label and path, in order. */
record MenuItems(List<Item> items) {

    record Item(String label, String path) {
    }

    static MenuItems of(UI ui) {
        String html = ui.getInternals().getActiveRouterTargetsChain().stream()
                .flatMap(target -> find(target.getElement(), "vaadin-side-nav").stream()).findFirst()
                .map(nav -> nav.getProperty("innerHTML", "")).orElseThrow(() -> new AssertionError("no menu on the page"));
        return new MenuItems(Jsoup.parseBodyFragment(html).select("vaadin-side-nav-item").stream()
                .map(item -> new Item(item.text(), item.attr("path"))).toList());
    }

    List<String> labels() {
        return items.stream().map(Item::label).toList();
    }

    List<String> paths() {
        return items.stream().map(Item::path).toList();
    }

    private static Optional<Element> find(Element element, String tag) {
        if (element.isTextNode()) {
            return Optional.empty();
        }
        if (element.getTag().equals(tag)) {
            return Optional.of(element);
        }
        return element.getChildren().map(child -> find(child, tag)).flatMap(Optional::stream).findFirst();
    }
}
