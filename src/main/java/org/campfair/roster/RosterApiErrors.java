package org.campfair.roster;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The roster's own conflicts in its API, as problem details; the shared errors are ApiErrors'. */
@RestControllerAdvice(assignableTypes = {RosterApi.class, SolveApi.class})
class RosterApiErrors {

    @ExceptionHandler({SolveAlreadyRunningException.class, NothingToPublishException.class})
    ProblemDetail conflict(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }
}
