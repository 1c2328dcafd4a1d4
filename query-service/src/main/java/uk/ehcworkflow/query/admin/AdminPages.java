package uk.ehcworkflow.query.admin;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.ehcworkflow.query.pages.PageController;

/** Administrators' page of the read models: each one's progress, rebuilds with their progress, and reconciliation. */
@PageController
class AdminPages {

    private final ProjectionRebuilds rebuilds;
    private final Reconciler reconciler;

    AdminPages(ProjectionRebuilds rebuilds, Reconciler reconciler) {
        this.rebuilds = rebuilds;
        this.reconciler = reconciler;
    }

    @GetMapping("/admin/read-models")
    String readModels(Model model) {
        model.addAttribute("readModels", rebuilds.statuses());
        return "admin/read-models";
    }

    @PostMapping("/admin/read-models/{name}/rebuild")
    String rebuild(@PathVariable String name) {
        rebuilds.start(name);
        return "redirect:/admin/read-models";
    }

    @GetMapping("/admin/read-models/{name}/reconcile")
    String reconcile(@PathVariable String name, Model model) throws InterruptedException {
        model.addAttribute("reconciliation", reconciler.reconcile(rebuilds.projection(name), rebuilds.head()));
        return "admin/reconciliation";
    }
}
