package org.campfair.task.ui;

import java.util.function.ToLongFunction;
import org.campfair.shared.ui.EditorPanel;
import org.jspecify.annotations.Nullable;

/**
 * An editor of a camp's tasks or shifts, reached through a {@link TaskDesk}: the organizer's
 * desk sees every site of the camp, a host's only their village's.
 */
abstract class DeskPanel<T> extends EditorPanel<T> {

    private @Nullable TaskDesk desk;

    DeskPanel(ToLongFunction<T> idOf) {
        super(idOf);
    }

    void show(TaskDesk shown) {
        desk = shown;
        show(shown.camp().id());
    }

    protected TaskDesk desk() {
        var shown = desk;
        if (shown == null) {
            throw new IllegalStateException("No camp shown");
        }
        return shown;
    }
}
