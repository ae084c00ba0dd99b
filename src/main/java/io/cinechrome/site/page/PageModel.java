package io.cinechrome.site.page;

/** What every page model has: the shared parts and the metadata. */
public sealed interface PageModel permits IndexPage, FilmPage, GroupPage, GroupIndexPage, ColourPage,
        NotFoundPage {

    /** Shared page parts. */
    Chrome chrome();

    /** Metadata. */
    Head head();
}
