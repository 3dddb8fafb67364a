using Defis.Notification;
using Defis.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.AddNotificationServices();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapNotificationEndpoints();
app.Run();
