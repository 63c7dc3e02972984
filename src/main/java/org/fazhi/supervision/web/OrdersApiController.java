package org.fazhi.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.fazhi.identity.CurrentUsers;
import org.fazhi.supervision.internal.Orders;
import org.fazhi.supervision.internal.SupervisionOrder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Supervision orders over HTTP with the pages' rules: the office issues and closes; the unit's liaison
 * responds; the unit's users, the office and city leaders read.
 */
@RestController
@RequestMapping("/api/supervision/orders")
@Tag(name = "supervision", description = "Inbox, urging and supervision orders")
class OrdersApiController {

    record ResponseRequest(String text) {
    }

    record CloseRequest(long version, String note) {
    }

    private final Orders orders;
    private final CurrentUsers users;

    OrdersApiController(Orders orders, CurrentUsers users) {
        this.orders = orders;
        this.users = users;
    }

    @Operation(summary = "Issue a supervision order to one unit about some of its assignments (office)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SupervisionOrder issue(@RequestBody Orders.Draft body) {
        return orders.issue(users.require(), body);
    }

    @Operation(summary = "Orders the caller may see (a unit's with ?unit=)")
    @GetMapping
    List<SupervisionOrder> list(@RequestParam(required = false) Long unit) {
        return orders.list(users.require(), unit);
    }

    @Operation(summary = "One order with its assignments and responses")
    @GetMapping("/{id}")
    SupervisionOrder one(@PathVariable long id) {
        return orders.one(users.require(), id);
    }

    @Operation(summary = "The unit's written response (its liaison); refused once the order is closed")
    @PostMapping("/{id}/responses")
    @ResponseStatus(HttpStatus.CREATED)
    SupervisionOrder respond(@PathVariable long id, @RequestBody ResponseRequest body) {
        return orders.respond(users.require(), id, body.text());
    }

    @Operation(summary = "Close the order (office); 422 while a rectification item it raised is open, or when it has"
            + " no written response and no note")
    @PostMapping("/{id}/close")
    SupervisionOrder close(@PathVariable long id, @RequestBody CloseRequest body) {
        return orders.close(users.require(), id, body.version(), body.note());
    }
}
