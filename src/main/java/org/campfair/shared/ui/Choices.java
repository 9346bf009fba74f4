package org.campfair.shared.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * The records a combo box picks from (a site's village, a bed's room), kept by id so that an
 * editor's grid can name the record a row refers to, and its binder can read it into the box.
 */
public final class Choices<P> {

    private final ComboBox<P> field;
    private final ToLongFunction<P> id;
    private final Function<P, String> name;
    private final Map<Long, P> byId = new LinkedHashMap<>();

    public Choices(ComboBox<P> field, ToLongFunction<P> id, Function<P, String> name) {
        this.field = field;
        this.id = id;
        this.name = name;
        field.setItemLabelGenerator(name::apply);
    }

    /** Replaces the choices, in the order given. */
    public void set(List<P> records) {
        byId.clear();
        records.forEach(record -> byId.put(id.applyAsLong(record), record));
        field.setItems(records);
    }

    public @Nullable P get(long recordId) {
        return byId.get(recordId);
    }

    /** The record's name, or empty when it is not (or no longer) among the choices. */
    public String name(long recordId) {
        var known = byId.get(recordId);
        return known == null ? "" : name.apply(known);
    }

    /** The one choice's id, so a new record refers to it at once; 0 when there are none or several. */
    public long onlyId() {
        return byId.size() == 1 ? byId.keySet().iterator().next() : 0;
    }
}
