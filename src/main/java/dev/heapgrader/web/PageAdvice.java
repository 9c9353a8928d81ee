package dev.heapgrader.web;

import dev.heapgrader.api.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page shares: the signed-in person for the header ({@code me}), and errors shown as a page rather than
 * the API's problem JSON. The services raise the same {@link ApiException}s for pages as for the API, so a course
 * the person does not belong to is a 404 page here and a 404 problem there. Ordered first, so it wins over the API's
 * advice for the controllers of this package only.
 */
@ControllerAdvice(basePackageClasses = PageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {

    @ModelAttribute("me")
    SignedIn me(HttpServletRequest request) {
        return (SignedIn) request.getAttribute(SignedIn.class.getName());
    }

    @ExceptionHandler(ApiException.class)
    String refused(ApiException error, Model model, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(error.status().value());
        model.addAttribute("me", me(request));
        model.addAttribute("status", error.status().value());
        model.addAttribute("title", error.title());
        model.addAttribute("detail", error.getMessage());
        return "error-page";
    }
}
