"""The person's reminder digests (in-app notifications)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from chidao.reminders.digests import group_items
from chidao.reminders.models import Digest
from chidao.web.access import roles


@roles()
def inbox(request: HttpRequest) -> HttpResponse:
    digests = list(
        Digest.objects.filter(recipient=request.user, sent_at__isnull=False).prefetch_related("items__task")[
            :30
        ]
    )
    unread = [d.pk for d in digests if d.read_at is None]
    if unread:
        Digest.objects.filter(pk__in=unread).update(read_at=timezone.now())
    return render(
        request,
        "reminders/inbox.html",
        {"digests": [(d, group_items(list(d.items.all())), d.pk in unread) for d in digests]},
    )
