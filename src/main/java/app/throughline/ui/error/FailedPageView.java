package app.throughline.ui.error;

import app.throughline.common.UserProblem;
import app.throughline.ui.MainLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A page that failed while opening (its data could not be read), in words instead of Vaadin's
 * default, which prints the root cause into the page. The database being out of reach says so
 * and to try again; anything else carries the incident id that is in the log.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
@PageTitle("Page not shown · Throughline")
public class FailedPageView extends ErrorPage implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        if (UserProblem.databaseUnreachable(failure)) {
            show(
                    "The service is unavailable",
                    "Throughline cannot reach its database just now. Nothing was lost; " + "try again in a moment.");
            return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
        }
        UserProblem problem = UserProblem.of(failure);
        show("This page could not be shown", problem.message());
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
