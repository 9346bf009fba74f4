package org.campfair.shared.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.FlexLayout.FlexWrap;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.campfair.shared.NotFoundException;
import org.campfair.shared.RefusedChangeException;
import org.campfair.shared.StaleRecordException;
import org.jspecify.annotations.Nullable;

/**
 * One kind of set-up record (a village, a task, a room...) as a filterable, sortable grid
 * with a form below it: pick a row or "New", edit, save or cancel; delete after a confirmation.
 * Records are immutable, so the binder only reads them into the fields and validates the
 * fields (messages next to each field); the subclass builds the new record from the fields.
 * When someone else saved the same record first, the form keeps what the person typed and
 * says so, with a button to load the other person's version. The records are one camp's,
 * shown by {@link #show(long)}; the first field of the form takes the focus when editing.
 */
public abstract class EditorPanel<T> extends VerticalLayout {

    public final TextField filter = new TextField();
    public final Grid<T> grid = new Grid<>();
    public final FormLayout form = new FormLayout();
    public final Button add = new Button(getTranslation("app.editor.new"), VaadinIcon.PLUS.create());
    public final Button save = new Button(getTranslation("app.editor.save"));
    public final Button cancel = new Button(getTranslation("app.editor.cancel"));
    public final Button delete = new Button(getTranslation("app.editor.delete"));
    public final Button reload = new Button(getTranslation("app.editor.reload"));
    public final Span message = new Span();
    public final ConfirmDialog deleteConfirmation = new ConfirmDialog();

    protected final Binder<T> binder = new Binder<>();
    private final List<T> rows = new ArrayList<>();
    private final ListDataProvider<T> items = new ListDataProvider<>(rows);
    private final HorizontalLayout actions = new HorizontalLayout(save, cancel, delete, reload);
    private final ToLongFunction<T> idOf;
    private @Nullable T current;
    private long campId;

    /** {@code idOf} gives a record's id, 0 for one not saved yet. */
    protected EditorPanel(ToLongFunction<T> idOf) {
        this.idOf = idOf;
        setPadding(false);
        filter.setPlaceholder(getTranslation("app.editor.filter"));
        filter.setAriaLabel(getTranslation("app.editor.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> applyFilter(change.getValue()));
        add.addClickListener(click -> edit(blank()));
        var toolbar = new HorizontalLayout(filter, add);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.setItems(items);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setWidthFull();
        grid.setHeight("18em");
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null && !change.getValue().equals(current)) {
                edit(change.getValue());
            }
        });

        form.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2),
                new ResponsiveStep("50em", 3));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        cancel.addClickListener(click -> close());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(click -> deleteConfirmation.open());
        reload.addClickListener(click -> reloadCurrent());
        actions.setWrap(true);
        message.getElement().setAttribute("role", "alert");
        message.getStyle().set("color", "var(--lumo-error-text-color)");

        deleteConfirmation.setHeader(getTranslation("app.editor.deleteTitle"));
        deleteConfirmation.setCancelable(true);
        deleteConfirmation.setCancelText(getTranslation("app.editor.cancel"));
        deleteConfirmation.setConfirmText(getTranslation("app.editor.delete"));
        deleteConfirmation.setConfirmButtonTheme("error primary");
        deleteConfirmation.addConfirmListener(confirmed -> deleteCurrent());

        add(toolbar, grid, form, actions, message);
        showForm(false);
    }

    /** The text the filter field searches, e.g. name and site. */
    protected abstract String searchText(T item);

    /** A new, unsaved record with sensible defaults. */
    protected abstract T blank();

    /** The record as the (valid) fields now describe it, keeping the id and version of {@code current}. */
    protected abstract T fromFields(T current);

    /** Where the shown camp's records are read, saved and deleted (asked again on each use). */
    protected abstract Records<T> records();

    /** How the record is named in the delete confirmation. */
    protected abstract String describe(T record);

    /**
     * How one kind of record is read, saved and deleted: {@code load} gives the shown camp's
     * records, {@code save} inserts one whose id is 0 or updates it and returns it as stored.
     */
    public record Records<T>(Supplier<List<T>> load, UnaryOperator<T> save, Consumer<T> delete) {
    }

    /** Adds a sortable column with a translated header. */
    protected <V extends Comparable<? super V>> Grid.Column<T> column(ValueProvider<T, V> value, String header) {
        return grid.addColumn(value).setHeader(header).setSortable(true).setComparator(value).setResizable(true);
    }

    /** Shows the camp's records, with the form closed. */
    public void show(long shownCampId) {
        campId = shownCampId;
        refresh();
        showForm(false);
    }

    /** The camp whose records are shown. */
    protected long campId() {
        return campId;
    }

    /** Reads the records again, e.g. when the panel is shown or after another panel changed. */
    public void refresh() {
        rows.clear();
        rows.addAll(records().load().get());
        items.refreshAll();
    }

    public void edit(T record) {
        current = record;
        binder.readBean(record);
        message.setText("");
        reload.setVisible(false);
        delete.setVisible(idOf.applyAsLong(record) != 0);
        deleteConfirmation.setText(getTranslation("app.editor.deleteText", describe(record)));
        showForm(true);
        form.getChildren().filter(Focusable.class::isInstance).findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
    }

    public @Nullable T current() {
        return current;
    }

    /** True when the camp has none of these records (whatever the filter shows). */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Closes the form without saving: a new record is dropped, an edited one keeps its stored values. */
    public void close() {
        current = null;
        grid.deselectAll();
        message.setText("");
        showForm(false);
    }

    protected void showForm(boolean visible) {
        form.setVisible(visible);
        actions.setVisible(visible);
    }

    private void applyFilter(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        items.setFilter(item -> wanted.isEmpty() || searchText(item).toLowerCase(Locale.ROOT).contains(wanted));
    }

    private void save() {
        var editing = current;
        if (editing == null || !binder.validate().isOk()) {
            return;
        }
        attempt(() -> {
            T saved = records().save().apply(fromFields(editing));
            refresh();
            grid.select(saved);
            edit(saved);
        });
    }

    private void deleteCurrent() {
        var editing = current;
        if (editing == null || idOf.applyAsLong(editing) == 0) {
            return;
        }
        attempt(() -> {
            records().delete().accept(editing);
            current = null;
            refresh();
            showForm(false);
        });
    }

    /** Runs a save or delete; a refusal or someone else's change is told next to the form. */
    private void attempt(Runnable change) {
        try {
            change.run();
            message.setText("");
        } catch (StaleRecordException stale) {
            refused(getTranslation("app.editor.stale"));
            reload.setVisible(true);
        } catch (NotFoundException gone) {
            refused(getTranslation("app.editor.gone"));
            reload.setVisible(true);
        } catch (RefusedChangeException refusal) {
            refused(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    /** Shows the other person's version: the stored record, or an empty form if it was deleted. */
    private void reloadCurrent() {
        var editing = current;
        refresh();
        if (editing == null) {
            return;
        }
        long id = idOf.applyAsLong(editing);
        rows.stream().filter(row -> idOf.applyAsLong(row) == id).findFirst().ifPresentOrElse(this::edit, () -> {
            current = null;
            showForm(false);
            refused(getTranslation("app.editor.gone"));
        });
    }

    private void refused(String text) {
        message.setText(text);
    }
}
