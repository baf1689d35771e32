package org.privacyrequests.objection;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For the company's own tools (a newsletter sign-up, a campaign list): may direct marketing go to this address? */
@RestController
public class DirectMarketingController {

    private final DirectMarketing marketing;

    public DirectMarketingController(DirectMarketing marketing) {
        this.marketing = marketing;
    }

    @GetMapping(value = "/api/direct-marketing", produces = MediaType.APPLICATION_JSON_VALUE)
    public DirectMarketing.Permission check(@RequestParam String email) {
        return marketing.check(email);
    }
}
