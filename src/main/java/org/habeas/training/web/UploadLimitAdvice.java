package org.habeas.training.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file past the server's multipart limit is refused before any controller sees it: answer with
 * the error page in the user's language rather than a bare 500.
 */
@ControllerAdvice
class UploadLimitAdvice {

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ModelAndView tooLarge(HttpServletResponse response) {
    response.setStatus(413);
    var mav = new ModelAndView("error");
    mav.addObject("status", 413);
    mav.addObject("messageCode", "training.import.uploadTooLarge");
    mav.addObject("messageArgs", new Object[0]);
    return mav;
  }
}
