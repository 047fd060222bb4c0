"""Web UI URLs (Vietnamese paths). Every name here must appear in tests/web/test_permissions.py."""

from django.contrib.auth import views as auth_views
from django.urls import path

from chidao.web import documents_views as docs
from chidao.web import pages_views as pages
from chidao.web import tasks_views as tasks

app_name = "web"
urlpatterns = [
    path("", pages.home, name="home"),
    path("dang-nhap/", auth_views.LoginView.as_view(template_name="web/login.html"), name="login"),
    path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
    path("tong-quan/", pages.dashboard_view, name="dashboard"),
    path("tim-kiem/", pages.search_view, name="search"),
    path("don-vi/", pages.unit_list, name="units"),
    path("van-ban/", docs.document_list, name="documents"),
    path("van-ban/tai-len/", docs.upload, name="upload"),
    path("van-ban/<int:pk>/", docs.document_detail, name="document"),
    path("van-ban/<int:pk>/trang-thai/", docs.document_status, name="document_status"),
    path("van-ban/<int:pk>/vung-anh/<int:index>/", docs.document_crop, name="document_crop"),
    path("van-ban/<int:pk>/xac-nhan/", docs.document_confirm, name="document_confirm"),
    path("nhiem-vu/", tasks.task_list, name="tasks"),
    path("nhiem-vu/<int:pk>/", tasks.task_detail, name="task"),
    path("nhiem-vu/<int:pk>/tiep-nhan/", tasks.task_accept, name="task_accept"),
    path("nhiem-vu/<int:pk>/bao-cao/", tasks.task_report, name="task_report"),
    path("nhiem-vu/<int:pk>/hoan-thanh/", tasks.task_submit, name="task_submit"),
    path("nhiem-vu/<int:pk>/xac-nhan/", tasks.task_review, name="task_review"),
    path("nhiem-vu/<int:pk>/gia-han/", tasks.task_extension, name="task_extension"),
    path("nhiem-vu/<int:pk>/huy/", tasks.task_cancel, name="task_cancel"),
    path("nhiem-vu/<int:pk>/tam-dung/", tasks.task_pause, name="task_pause"),
    path("nhiem-vu/<int:pk>/sua/", tasks.task_edit, name="task_edit"),
    path("nhiem-vu/<int:pk>/moc/", tasks.task_milestone, name="task_milestone"),
    path("tep/<int:pk>/", tasks.evidence_file, name="evidence"),
    path("gia-han/<int:pk>/quyet-dinh/", tasks.extension_decide, name="extension_decide"),
]
