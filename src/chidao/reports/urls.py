from django.urls import path

from chidao.reports import views

app_name = "reports"
urlpatterns = [
    path("", views.index, name="index"),
    path("so-theo-doi.xlsx", views.register_file, name="register"),
    path("ket-qua/", views.report_file, name="report"),
    path("don-doc/", views.dondoc_file, name="dondoc"),
    path("phu-luc/", views.appendix_file, name="appendix"),
    path("tiep-thu/<int:pk>.<str:fmt>", views.tiepthu_file, name="tiepthu"),
    path("co-quan/", views.profile_edit, name="profile"),
    path("nhap/", views.import_register, name="import"),
    path("nhap/xac-nhan/", views.import_confirm, name="import_confirm"),
]
