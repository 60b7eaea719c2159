package app.throughline.testing;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** A page only admins may open, for testing what everyone else is shown (tests only). */
@Route("test-admins-only")
@RolesAllowed("ADMIN")
public class AdminOnlyTestView extends Div {}
