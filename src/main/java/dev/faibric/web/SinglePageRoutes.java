package dev.faibric.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Client-side routes of the UI load the same page; React Router takes it from there. */
@Controller
class SinglePageRoutes {

    @GetMapping({ "/projects/{id}", "/projects/{id}/", "/library", "/library/", "/usage", "/usage/" })
    String route() {
        return "forward:/index.html";
    }

}
