package app.throughline.ui.error;

import app.throughline.ui.MainLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page the person's roles do not open (Vaadin would call it "not found"; it is not, and they should know). */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
@PageTitle("Not allowed · Throughline")
public class NotAllowedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(
                "You may not open this",
                "Your roles do not include the page at /" + event.getLocation().getPath()
                        + ". If you need it, ask an admin.");
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
