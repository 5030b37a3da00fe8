using AgencyHub.Messaging.Transport;
using AgencyHub.Sagas;

// The orchestrator: the hub's rules (PPO register, custody alerts, routing through the delivery gate) for a
// deployment where every adapter runs as its own host on RabbitMQ.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHubLogicServices();
builder.Services.AddAgencyHubBus(builder.Configuration, bus => bus.AddHubConsumers(), HubLogic.ConfigureHubEndpoints);
var app = builder.Build();
app.MapReadinessCheck();
app.Run();
