package org.fazhi.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.platform.DomainException;
import org.fazhi.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Shows a refused action as a localised message page instead of a stack trace. Controllers that can
 * re-show their form catch {@link DomainException} themselves; this is the net below them.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ErrorAdvice {

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return show(e.messageKey(), e.args(), HttpStatus.NOT_FOUND, model, response);
    }

    @ExceptionHandler(DomainException.class)
    String refused(DomainException e, Model model, HttpServletResponse response) {
        return show(e.messageKey(), e.args(), HttpStatus.UNPROCESSABLE_CONTENT, model, response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooBig(Model model, HttpServletResponse response) {
        return show("error.upload.tooLarge", new Object[0], HttpStatus.PAYLOAD_TOO_LARGE, model, response);
    }

    private static String show(String key, Object[] args, HttpStatus status, Model model, HttpServletResponse res) {
        res.setStatus(status.value());
        model.addAttribute("messageKey", key);
        model.addAttribute("messageArgs", args);
        return "message";
    }
}
