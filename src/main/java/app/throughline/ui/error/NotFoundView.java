package app.throughline.ui.error;

import app.throughline.ui.MainLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** An address that leads nowhere (a typo, a page not built yet), inside the app with a way back. */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
@PageTitle("Page not found · Throughline")
public class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(
                "Page not found",
                "There is no page at /" + event.getLocation().getPath() + ". It may have moved, or "
                        + "the address has a typo.");
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
