package org.campfair.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.campfair.shared.NotFoundException;

/**
 * A camp, shift or person named in the address that does not exist or is not the reader's:
 * pages reroute here, or a service's refusal surfaces here, with the same page as any unknown address.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
class MissingRecordPage extends NotYoursPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
